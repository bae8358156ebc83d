import ts from 'typescript';

/** The methods that make the main process listen to the renderer. */
const LISTENING_METHODS = new Set([
  'handle',
  'handleOnce',
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
]);

export interface RawIpcUse {
  line: number;
  code: string;
}

function memberName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
    return node.argumentExpression.text;
  return undefined;
}

function memberTarget(node: ts.Node): ts.Expression | undefined {
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)
    ? node.expression
    : undefined;
}

/** Local names bound to what Electron exports as `exported` (`import { ipcMain as x }` binds x). */
function electronImports(file: ts.SourceFile, exported: string): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== 'electron') continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName ?? element.name).text === exported) names.add(element.name.text);
    }
  }
  return names;
}

/** An identifier that names a variable, not a property or an import. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  const isPropertyName =
    ((ts.isPropertyAssignment(parent) || ts.isPropertyAccessExpression(parent)) && parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    ((ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) &&
      parent.name === node);
  return !isPropertyName && !ts.isImportSpecifier(parent);
}

/** Where ipcMain may appear outside the wrapper: handed on, as an argument or an object property. */
function isHandedOn(reference: ts.Node): boolean {
  const parent = reference.parent;
  return (
    ts.isShorthandPropertyAssignment(parent) ||
    (ts.isPropertyAssignment(parent) && parent.initializer === reference) ||
    (ts.isCallExpression(parent) && parent.arguments.some((argument) => argument === reference))
  );
}

/**
 * Every place a file could make the main process listen to IPC without the one wrapper:
 * - any use of Electron's ipcMain other than handing it on: ipcMain.handle(), ipcMain['on'], an
 *   alias, a destructuring, electron.ipcMain.once();
 * - the per-contents `.ipc.handle()` / `.ipc.on()`;
 * - outside tests (whose fakes go by these names), a listening call on anything named ipcMain,
 *   such as a parameter, and any use of the IpcMain type.
 */
export function findRawIpc(fileName: string, source: string): RawIpcUse[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const isTest = /\.test\.tsx?$/.test(fileName);
  const ipcMainNames = electronImports(file, 'ipcMain');
  const ipcMainTypes = electronImports(file, 'IpcMain');
  const found: RawIpcUse[] = [];
  const report = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push({ line, code: node.parent.getText(file).split('\n')[0] ?? '' });
  };

  const visit = (node: ts.Node): void => {
    const isImportedName = ts.isIdentifier(node) && ipcMainNames.has(node.text) && isReference(node);
    if ((isImportedName || memberName(node) === 'ipcMain') && !isHandedOn(node)) report(node);

    const method = memberName(node);
    const target = memberTarget(node);
    if (method !== undefined && target !== undefined && LISTENING_METHODS.has(method)) {
      const isNamedIpcMain = ts.isIdentifier(target) && target.text === 'ipcMain';
      if (memberName(target) === 'ipc' || (isNamedIpcMain && !isTest)) report(node);
    }
    if (!isTest && ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      if (ipcMainTypes.has(node.typeName.text)) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
