/**
 * One sigma node program that draws a different shape per entity type, so type reads
 * from shape as well as colour (for colour-blind analysts and greyscale printouts):
 * organisations are squares, people circles, places triangles, events diamonds.
 * It is also built for software WebGL (SwiftShader, where most analysts' machines
 * without a GPU end up): one draw call for all nodes, each node a square of two
 * triangles fitted to its shape and written out per node instead of drawn as an
 * instance (sigma's own programs use instancing, which SwiftShader runs several times
 * slower: see docs/benchmarks.md). The fragment shader cuts the shape out with a
 * signed distance, and picking uses the same cut so clicks land on the shape only.
 */
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';
import type { NodeDisplayData, RenderParams } from 'sigma/types';

export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const TYPE_SHAPES: Record<string, NodeShape> = {
  organization: 'square',
  person: 'circle',
  place: 'triangle',
  event: 'diamond',
};

const SHAPE_CODES: Record<NodeShape, number> = { circle: 0, square: 1, triangle: 2, diamond: 3 };

export const shapeOf = (type: string | null): NodeShape => TYPE_SHAPES[type ?? ''] ?? 'circle';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diff;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // Half the side of the square that holds the shape drawn below, in radii.
  float extent = a_shape < 0.5 ? 1.0 : a_shape < 1.5 ? 0.89 : a_shape < 2.5 ? 1.08 : 1.22;
  vec2 diff = extent * radius * a_corner;
  gl_Position = vec4((u_matrix * vec3(a_position + diff, 1)).xy, 0, 1);
  v_diff = diff;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// Distances are negative inside the shape; the shapes are sized to look about as heavy as the circle.
const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diff;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  vec2 p = v_diff;
  float r = v_radius;
  float d;
  if (v_shape < 0.5) {
    d = length(p) - r;
  } else if (v_shape < 1.5) {
    d = max(abs(p.x), abs(p.y)) - 0.88 * r;
  } else if (v_shape < 2.5) {
    // Pointing up; inradius 0.62 r, so the apex reaches 1.24 r.
    p.y += 0.2 * r;
    d = max(-p.y, 0.8660254 * abs(p.x) + 0.5 * p.y) - 0.62 * r;
  } else {
    d = (abs(p.x) + abs(p.y)) * 0.7071068 - 0.86 * r;
  }
  float border = u_correctionRatio * 2.0;
  #ifdef PICKING_MODE
  gl_FragColor = d > 0.0 ? transparent : v_color;
  #else
  float t = clamp((d + border) / border, 0.0, 1.0);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

type Uniform = 'u_sizeRatio' | 'u_correctionRatio' | 'u_matrix';
const UNIFORMS: Uniform[] = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'];
const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
/** The corners of each node's two triangles, in half-sides of its square. */
const CORNERS: ReadonlyArray<readonly [number, number]> = [[-1, -1], [1, -1], [1, 1], [-1, -1], [1, 1], [-1, 1]];

/**
 * Renderers whose picking pass may be skipped right now. Sigma draws every node twice
 * per frame, once more into the picking buffer that hover and click read; while a big
 * chart is being dragged or zoomed nothing reads it, and on software WebGL that second
 * pass is about half of a moving frame. The frame drawn when the motion ends draws it
 * again, so clicks after a gesture still land.
 */
const skipPicking = new WeakMap<object, () => boolean>();
export function skipPickingWhile(renderer: object, test: () => boolean): void { skipPicking.set(renderer, test); }

export class ShapedNodeProgram extends NodeProgram<Uniform> {
  override render(params: RenderParams): void {
    if (!this.pickProgram || !skipPicking.get(this.renderer)?.()) { super.render(params); return; }
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }

  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_corner', size: 2, type: FLOAT },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const a = this.array;
    const color = floatColor(data.color);
    const shape = SHAPE_CODES[shapeOf((data as NodeDisplayData & { kind?: string | null }).kind ?? null)];
    let i = startIndex;
    for (const [cx, cy] of CORNERS) {
      a[i++] = data.x;
      a[i++] = data.y;
      a[i++] = data.size;
      a[i++] = color;
      a[i++] = nodeIndex;
      a[i++] = shape;
      a[i++] = cx;
      a[i++] = cy;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
