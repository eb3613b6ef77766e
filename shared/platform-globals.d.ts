// The two web-platform globals the domain uses, which Node 20 and browsers both
// provide. Only shared/tsconfig.json sees this file; nothing else from Node or the
// DOM is visible in shared/.
declare const crypto: { randomUUID(): `${string}-${string}-${string}-${string}-${string}` };
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}
