// The production server: Next's request handler behind a plain Node HTTP server, for one reason. Rate limits
// need the address of the connection (lib/rate-limit/client-key.ts), and Next hands route code only headers; a
// client's own X-Forwarded-For is passed through untouched. So every request gets the socket address in a
// header of our own, and a header of that name sent by the client is dropped first.
// Usage: node scripts/production-server.mjs --port 3000 (npm start runs it after building).
import { createServer } from "node:http";
import next from "next";

const SOCKET_ADDRESS_HEADER = "x-atlas-socket-address"; // same name as in lib/rate-limit/client-key.ts

const portArgument = process.argv.indexOf("--port");
const port = Number(portArgument >= 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 3000));
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`production-server: --port must be a port number, not "${process.argv[portArgument + 1]}"`);
  process.exit(1);
}

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  delete request.headers[SOCKET_ADDRESS_HEADER];
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  handle(request, response);
});
server.listen(port, () => console.log(`▲ Ready on port ${port}`));

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
