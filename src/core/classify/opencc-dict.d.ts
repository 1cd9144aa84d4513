// opencc-js ships its dictionaries as plain ES modules without type declarations: each is one string.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
