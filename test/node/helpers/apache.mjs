// Debian's Apache as a real static host for tests: its own config file in a temp dir, loopback only, serving
// `root` with .htaccess files allowed (AllowOverride All) and the modules a typical shared host has (mime,
// headers). Stopped by stop(), also when a test fails.
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {freePort} from './free-port.mjs';

const MODULES = '/usr/lib/apache2/modules';

/**
 * Starts Apache serving `root` (a directory every user can read: Apache's workers run as www-data when started
 * as root) at http://localhost:<port>/ (a host name, so pages served from 127.0.0.1 are on another origin).
 */
export async function startApache(root) {
  if (!existsSync('/usr/sbin/apache2')) {
    throw new Error(
      "The static-host test needs Debian's apache2 (.ci/run installs it; by hand: apt-get install -y apache2)."
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'sensiq-apache-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'run'));
  const port = await freePort();
  const config = join(dir, 'httpd.conf');
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    config,
    `ServerRoot ${dir}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/run/httpd.pid
DefaultRuntimeDir ${dir}/run
Mutex file:${dir}/run default
ErrorLog ${dir}/error.log
LogLevel warn
LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule headers_module ${MODULES}/mod_headers.so
${asRoot ? 'User www-data\nGroup www-data' : ''}
TypesConfig /etc/mime.types
DocumentRoot ${root}
<Directory ${root}>
  AllowOverride All
  Require all granted
</Directory>
`
  );
  const apache = (command) => spawnSync('apache2', ['-f', config, '-k', command], {encoding: 'utf8'});
  const started = apache('start');
  if (started.status !== 0) throw new Error(`apache2 failed to start: ${started.stderr}${started.stdout}`);
  const origin = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (tries > 100)
        throw new Error(`apache2 did not answer: ${error.message}\n${readFileSync(`${dir}/error.log`, 'utf8')}`);
      await delay(100);
    }
  }
  return {
    origin,
    errors: () => readFileSync(`${dir}/error.log`, 'utf8'),
    async stop() {
      apache('stop');
      // Apache stops its workers on its own schedule: wait for the pid file to go before removing the dir.
      for (let tries = 0; tries < 50 && existsSync(`${dir}/run/httpd.pid`); tries++) await delay(100);
      rmSync(dir, {recursive: true, force: true});
    },
  };
}
