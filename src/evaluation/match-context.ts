/**
 * What relation and event matching need to know about entities: which gold entities
 * a predicted entity stands for, and the names to print in place of ids.
 */
export interface MatchContext {
  readonly resolve: (predictedId: string | null) => readonly string[];
  readonly predictedName: (id: string) => string;
  readonly goldName: (id: string) => string;
}
