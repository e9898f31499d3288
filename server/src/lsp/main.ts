/**
 * Entry point of the language server bundle (dist/server/server.js). The transport comes from
 * the command line (`--stdio`, `--node-ipc`, `--socket=N`), as vscode-languageserver reads it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// Safety nets: one bad article must never take the server down. The error goes to the client's
// output channel, and the server keeps serving (cspell's server does the same).
process.on('uncaughtException', (e) => connection.console.error(`Crosscheck: uncaught exception: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`Crosscheck: unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
// Anything printed with console.log would corrupt a stdio connection: send it to the log instead.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;

startServer(connection);
