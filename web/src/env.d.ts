/** Vite's `?url` imports: the asset is emitted into the build and its URL returned. */
declare module '*?url' {
  const url: string;
  export default url;
}
