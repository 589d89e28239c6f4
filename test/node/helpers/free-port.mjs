// A free loopback port, for servers that cannot report the one they picked (PHP's built-in server, Apache), as a
// Node server listening on port 0 can.
import {createServer} from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}
