/**
 * A dashed arrow edge for sigma 3, which ships only solid ones: proposed (unreviewed)
 * relations are drawn dashed, accepted ones solid. It reuses sigma's clamped edge
 * program and adds one varying — how far along the edge a fragment lies, in clip
 * space — so the fragment shader can drop every other stretch. Picking is untouched
 * (the whole edge stays clickable).
 */
import { EdgeArrowHeadProgram, EdgeClampedProgram, createEdgeCompoundProgram } from 'sigma/rendering';
import type { EdgeProgramType } from 'sigma/rendering';

/** Dash period and the lit part of it, in clip-space units (about 12 and 7 pixels on a 1000-pixel canvas). */
const PERIOD = 0.024;
const LIT = 0.014;

function withVarying(source: string, body: string): string {
  return source.replace('void main() {', `varying float v_along;\nvoid main() {\n${body}\n`).replace('void main(void) {', `varying float v_along;\nvoid main(void) {\n${body}\n`);
}

interface ShaderDefinition { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string; [key: string]: unknown }
// sigma's public type hides getDefinition; the class has it (Program.getDefinition).
type ClampedClass = new (...args: ConstructorParameters<typeof EdgeClampedProgram>) => { getDefinition(): ShaderDefinition };

class DashedClampedProgram extends (EdgeClampedProgram as unknown as ClampedClass) {
  override getDefinition(): ShaderDefinition {
    const base = super.getDefinition();
    return {
      ...base,
      // u_matrix applied to the edge's direction (z = 0) gives its length on screen without the translation.
      VERTEX_SHADER_SOURCE: withVarying(base.VERTEX_SHADER_SOURCE, '  v_along = a_positionCoef * length((u_matrix * vec3(a_positionEnd - a_positionStart, 0.0)).xy);'),
      FRAGMENT_SHADER_SOURCE: withVarying(base.FRAGMENT_SHADER_SOURCE, `  #ifndef PICKING_MODE\n  if (mod(v_along, ${PERIOD.toFixed(4)}) > ${LIT.toFixed(4)}) discard;\n  #endif`),
    };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sigma programs are generic over the attributes they never read
export const DashedArrowProgram: EdgeProgramType<any, any> = createEdgeCompoundProgram([DashedClampedProgram as unknown as EdgeProgramType, EdgeArrowHeadProgram]);
