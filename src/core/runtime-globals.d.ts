/**
 * The few runtime globals the core relies on that every place it runs has
 * (browsers, Web Workers, Node) but that the ES library types leave out.
 * The core is compiled without DOM types on purpose (tsconfig.core.json).
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
