// The production server: Next's request handler behind a plain Node HTTP server, for two reasons.
// - Rate limits need the address of the connection (lib/rate-limit/client-key.ts), and Next hands route code only
//   headers; a client's own X-Forwarded-For is passed through untouched. So every request gets the socket address
//   in a header of our own, and a header of that name sent by the client is dropped first.
// - Demo mode listens on loopback only (lib/env.ts listenHosts): npm start passes --host for each address.
// Usage: node scripts/production-server.mjs --port 3000 [--host 127.0.0.1 --host ::1] (default: every interface)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const SOCKET_ADDRESS_HEADER = "x-atlas-socket-address"; // the same name as in lib/rate-limit/client-key.ts

const { values } = parseArgs({
  options: { port: { type: "string" }, host: { type: "string", multiple: true } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`production-server: --port must be a port number, not "${values.port}"`);
  process.exit(1);
}
const hosts = values.host ?? [undefined];

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

function stampAndHandle(request, response) {
  delete request.headers[SOCKET_ADDRESS_HEADER];
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  handle(request, response);
}

/** Listens on one address; a loopback address the machine lacks (no IPv6) is skipped, not fatal. */
function listen(host) {
  return new Promise((resolve) => {
    const server = createServer(stampAndHandle);
    server.once("error", (error) => {
      if (host && hosts.length > 1 && error.code === "EADDRNOTAVAIL") return resolve(null);
      console.error(`production-server: cannot listen on ${host ?? "every interface"}:${port}: ${error.message}`);
      process.exit(1);
    });
    server.listen(port, host, () => resolve(server));
  });
}

const servers = (await Promise.all(hosts.map(listen))).filter(Boolean);
console.log(`▲ Ready on ${hosts.map((host) => host ?? "every interface").join(", ")} port ${port}`);

// A stop lets requests in flight finish (at most 10 s) before the process ends.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    setTimeout(() => process.exit(0), 10_000).unref();
    let open = servers.length;
    for (const server of servers) {
      server.close(() => --open === 0 && process.exit(0));
      server.closeIdleConnections(); // kept-alive connections with no request would hold close() up
    }
  });
