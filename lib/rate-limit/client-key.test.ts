import { readFileSync } from "node:fs";
import path from "node:path";
import { clientKeyFrom, SOCKET_ADDRESS_HEADER } from "@/lib/rate-limit/client-key";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("without a proxy (TRUSTED_PROXY_HOPS=0)", () => {
  test("the client is the connection's address; a forged X-Forwarded-For changes nothing", () => {
    const forged = request({ "x-forwarded-for": "1.2.3.4", [SOCKET_ADDRESS_HEADER]: "203.0.113.7" });
    const other = request({ "x-forwarded-for": "5.6.7.8", [SOCKET_ADDRESS_HEADER]: "203.0.113.7" });
    expect(clientKeyFrom(forged, 0)).toBe("203.0.113.7");
    expect(clientKeyFrom(other, 0)).toBe("203.0.113.7");
  });

  test("clients without the header are told apart by their connection, not put in one bucket", () => {
    expect(clientKeyFrom(request({ [SOCKET_ADDRESS_HEADER]: "198.51.100.2" }), 0)).toBe("198.51.100.2");
    expect(clientKeyFrom(request({ [SOCKET_ADDRESS_HEADER]: "198.51.100.3" }), 0)).toBe("198.51.100.3");
  });

  test("the addresses of one IPv6 /64 are one client; another /64 is another", () => {
    const key = (address: string) => clientKeyFrom(request({ [SOCKET_ADDRESS_HEADER]: address }), 0);
    expect(key("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(key("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(key("2001:0db8:0001:0002:0:0:0:7")).toBe("2001:db8:1:2::/64");
    expect(key("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(key("::1")).toBe("0:0:0:0::/64");
  });

  test("an IPv4 address mapped into IPv6 is the same client", () => {
    expect(clientKeyFrom(request({ [SOCKET_ADDRESS_HEADER]: "::ffff:198.51.100.2" }), 0)).toBe("198.51.100.2");
  });
});

describe("behind N proxies (TRUSTED_PROXY_HOPS=N)", () => {
  const socket = { [SOCKET_ADDRESS_HEADER]: "10.0.0.2" }; // the proxy itself

  test("one proxy: the entry it appended, not what the client wrote before it", () => {
    expect(clientKeyFrom(request({ ...socket, "x-forwarded-for": "1.2.3.4, 203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  test("two proxies: the second entry from the right", () => {
    const headers = request({ ...socket, "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.9" });
    expect(clientKeyFrom(headers, 2)).toBe("203.0.113.7");
  });

  test("fewer entries than proxies means the request went around them: keyed by its connection", () => {
    expect(clientKeyFrom(request({ ...socket, "x-forwarded-for": "203.0.113.7" }), 2)).toBe("10.0.0.2");
    expect(clientKeyFrom(request(socket), 1)).toBe("10.0.0.2");
  });
});

test("the production server stamps the header this module reads", () => {
  const server = readFileSync(path.join(__dirname, "..", "..", "scripts", "production-server.mjs"), "utf8");
  expect(server).toContain(`const SOCKET_ADDRESS_HEADER = "${SOCKET_ADDRESS_HEADER}";`);
});
