// What a CSS Module gives its importer (Vite builds them; tsconfig.web.json has no vite/client).
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
