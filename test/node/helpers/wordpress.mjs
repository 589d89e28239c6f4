// A throwaway WordPress site for end-to-end tests: Debian's `wordpress` package copied into a temp dir with its
// own wp-config.php, a MariaDB server on a Unix socket in the same dir, and PHP's built-in server on loopback.
// Everything it starts runs in its own process group and is stopped by stop(), also when a test fails.
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {freePort} from './free-port.mjs';

const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
const REQUIRED = [
  [WORDPRESS + '/wp-settings.php', 'wordpress'],
  [`${WORDPRESS}/wp-content/themes/${THEME}/style.css`, 'wordpress-theme-twentytwentythree'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  ['/usr/bin/mariadb', 'mariadb-client'],
  ['/usr/bin/php', 'php-cli'],
];

/**
 * Throws a clear message naming the Debian packages that are missing (the test must fail, never skip). `zip`:
 * WordPress comes from an archive, so Debian's WordPress is not needed.
 */
export function requireWordPressPackages({zip} = {}) {
  const needed = zip ? REQUIRED.filter(([, pkg]) => !pkg.startsWith('wordpress')) : REQUIRED;
  const missing = [...new Set(needed.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];
  const php = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], {encoding: 'utf8'});
  if (php.stdout !== 'yes' && !missing.includes('php-cli')) missing.push('php-mysql');
  if (missing.length) {
    throw new Error(
      `The WordPress end-to-end test needs Debian packages that are not installed: ${missing.join(', ')}. ` +
        `.ci/run installs them; by hand: apt-get install -y --no-install-recommends ${missing.join(' ')}`
    );
  }
}

/** Runs a command to completion; throws with its output when it fails. */
function run(command, args, input) {
  const result = spawnSync(command, args, {input, encoding: 'utf8', timeout: 60_000});
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`
    );
  }
  return result.stdout;
}

async function waitFor(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(100);
  }
}

/** A browser-like HTTP client: keeps cookies, never follows redirects on its own. */
export class Client {
  cookies = new Map();

  constructor(origin) {
    this.origin = origin;
  }

  async request(path, {method = 'GET', headers = {}, body} = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.origin), {
      method,
      body,
      redirect: 'manual',
      headers: {...(cookie ? {cookie} : {}), ...headers},
      signal: AbortSignal.timeout(60_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*expires=.*19[0-9]{2}/i.test(a)) || value === 'deleted';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** GETs a page and returns its HTML; fails on any status but 200. */
  async page(path) {
    const response = await this.request(path);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}\n${html.slice(0, 2000)}`);
    return html;
  }

  /** POSTs a form (URL-encoded, or multipart when given FormData). */
  postForm(path, fields) {
    const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
    return this.request(path, {method: 'POST', body});
  }

  async login(user, password) {
    this.cookies.set('wordpress_test_cookie', 'WP%20Cookie%20check');
    const response = await this.postForm('/wp-login.php', {
      log: user,
      pwd: password,
      'wp-submit': 'Log In',
      redirect_to: '/wp-admin/',
      testcookie: '1',
    });
    if (response.status !== 302 || ![...this.cookies.keys()].some((name) => name.startsWith('wordpress_logged_in_'))) {
      throw new Error(`could not log in as ${user}: ${response.status}\n${(await response.text()).slice(0, 2000)}`);
    }
    this.restNonce = (await this.page('/wp-admin/admin-ajax.php?action=rest-nonce')).trim();
  }

  /** Calls the REST API with cookie authentication, as the block editor does. */
  async rest(method, route, data) {
    const [path, query] = route.split('?');
    const response = await this.request(`/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: {'x-wp-nonce': this.restNonce, 'content-type': 'application/json'},
      body: data ? JSON.stringify(data) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
}

/** The value of a hidden input or the href of a link, read from a page's HTML. */
export function htmlValue(html, pattern, what) {
  const match = html.match(pattern);
  if (!match) throw new Error(`${what} not found in the page:\n${html.slice(0, 3000)}`);
  return match[1].replaceAll('&amp;', '&').replaceAll('&#038;', '&');
}

/**
 * WordPress 6.5.5 as @wp-playground/wordpress-builds ships it (a devDependency): the release's files with the
 * admin's scripts left out, which a front-end test does not need. Debian's package is 6.1.
 */
export const WORDPRESS_6_5_ZIP = 'node_modules/@wp-playground/wordpress-builds/src/wordpress/wp-6.5.zip';

export class WordPressSite {
  admin = {user: 'admin', password: 'Adm1n-pass-for-tests'};
  processes = [];

  /** `zip`: a WordPress release archive to run instead of Debian's WordPress. */
  constructor({zip} = {}) {
    this.zip = zip;
  }

  /** Creates the database and files and starts both servers; install() then runs WordPress's installer. */
  async start() {
    requireWordPressPackages({zip: this.zip});
    this.dir = mkdtempSync(join(tmpdir(), 'sensiq-wp-'));
    this.root = join(this.dir, 'wordpress');
    this.socket = join(this.dir, 'mysql.sock');
    this.debugLog = join(this.dir, 'debug.log');
    await this.startDatabase();
    this.copyWordPress();
    await this.startPhp();
    this.client = new Client(this.origin);
  }

  spawnOwned(command, args, options = {}) {
    // detached: its own process group, so stop() ends it and every worker it forked (and nothing else).
    const child = spawn(command, args, {detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options});
    child.output = '';
    child.stdout.on('data', (chunk) => (child.output = (child.output + chunk).slice(-20_000)));
    child.stderr.on('data', (chunk) => (child.output = (child.output + chunk).slice(-20_000)));
    child.exited = new Promise((resolve) => child.on('exit', resolve));
    this.processes.push(child);
    // If the test process dies before stop(), its servers must not outlive it.
    if (!this.onExit) {
      this.onExit = () => this.processes.forEach((owned) => signalGroup(owned, 'SIGKILL'));
      process.once('exit', this.onExit);
    }
    return child;
  }

  async startDatabase() {
    const data = join(this.dir, 'mysql');
    mkdirSync(data);
    run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ]);
    const server = this.spawnOwned('mariadbd', [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${this.socket}`,
      `--pid-file=${join(this.dir, 'mysql.pid')}`,
      '--skip-networking',
      '--user=root',
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
    ]);
    await waitFor('MariaDB to accept connections', () => {
      if (server.exitCode !== null) throw new Error(`mariadbd exited:\n${server.output}`);
      return spawnSync('mariadb', ['--no-defaults', '-S', this.socket, '-uroot', '-e', 'SELECT 1']).status === 0;
    });
    this.database = {name: 'wordpress', user: 'wordpress', password: 'db-pass-for-tests'};
    run(
      'mariadb',
      ['--no-defaults', '-S', this.socket, '-uroot'],
      `CREATE DATABASE ${this.database.name};
       CREATE USER '${this.database.user}'@'localhost' IDENTIFIED BY '${this.database.password}';
       GRANT ALL ON ${this.database.name}.* TO '${this.database.user}'@'localhost';`
    );
  }

  /**
   * A private copy of Debian's WordPress: its wp-config.php reads /etc/wordpress/config-<host>.php, which a test
   * must not write, so the copy gets its own config, its own wp-content with the Debian theme, and no .htaccess.
   */
  copyWordPress() {
    if (this.zip) return this.unzipWordPress();
    cpSync(WORDPRESS, this.root, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (path) => !/\/(wp-config\.php|\.htaccess|wp-content)$/.test(path),
    });
    const content = join(this.root, 'wp-content');
    cpSync(join(WORDPRESS, 'wp-content/themes', THEME), join(content, 'themes', THEME), {recursive: true});
    mkdirSync(join(content, 'plugins'), {recursive: true});
    mkdirSync(join(content, 'uploads'), {recursive: true});
    this.writeConfig();
  }

  /** A release archive unpacked as it is, with its default theme; its own wp-config.php gives way to ours. */
  unzipWordPress() {
    mkdirSync(this.root);
    run('unzip', ['-q', this.zip, '-d', this.root]);
    rmSync(join(this.root, 'wp-config.php'), {force: true});
    mkdirSync(join(this.root, 'wp-content', 'uploads'), {recursive: true});
    this.writeConfig();
  }

  writeConfig() {
    const {name, user, password} = this.database;
    const salt = (key) => `define('${key}', '${key.toLowerCase()}-${Math.random().toString(36).slice(2)}');`;
    writeFileSync(
      join(this.root, 'wp-config.php'),
      `<?php
define('DB_NAME', '${name}');
define('DB_USER', '${user}');
define('DB_PASSWORD', '${password}');
define('DB_HOST', 'localhost:${this.socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${this.debugLog}');
// The test machine has no internet: no update checks, no cron requests to ourselves.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`
    );
  }

  async startPhp() {
    this.port = await freePort();
    this.origin = `http://127.0.0.1:${this.port}`;
    // What WordPress's .htaccess does under Apache: files that exist are served, every other path goes to
    // index.php (PHP's server alone answers 404 for a missing path with an extension, such as /favicon.ico).
    const router = join(this.dir, 'router.php');
    writeFileSync(
      router,
      `<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '/' && file_exists(${JSON.stringify(this.root)} . $path)) return false;
require ${JSON.stringify(join(this.root, 'index.php'))};
`
    );
    // Workers: WordPress requests its own pages while installing; one process would wait on itself.
    const server = this.spawnOwned('php', ['-S', `127.0.0.1:${this.port}`, '-t', this.root, router], {
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
    });
    await waitFor('PHP to serve WordPress', async () => {
      if (server.exitCode !== null) throw new Error(`php -S exited:\n${server.output}`);
      try {
        await fetch(this.origin, {redirect: 'manual', signal: AbortSignal.timeout(5000)});
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Runs wp-admin/install.php as a person would, then logs the administrator in. */
  async install() {
    const response = await this.client.postForm('/wp-admin/install.php?step=2', {
      weblog_title: 'SensIQ test site',
      user_name: this.admin.user,
      admin_password: this.admin.password,
      admin_password2: this.admin.password,
      pw_weak: '1',
      admin_email: 'admin@example.test',
      blog_public: '0',
      language: '',
    });
    const html = await response.text();
    if (!/<h1>Success!<\/h1>/.test(html)) throw new Error(`WordPress did not install:\n${html.slice(0, 3000)}`);
    await this.client.login(this.admin.user, this.admin.password);
  }

  /** Uploads a plugin zip through Plugins > Add New > Upload, then activates it. */
  async installPlugin(zipPath, pluginFile) {
    const form = await this.client.page('/wp-admin/plugin-install.php?tab=upload');
    const nonce = htmlValue(form, /name="_wpnonce" value="([^"]+)"/, 'the upload nonce');
    const body = new FormData();
    body.set('_wpnonce', nonce);
    body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
    body.set('pluginzip', new Blob([readFileSync(zipPath)], {type: 'application/zip'}), 'sensiq-embed.zip');
    body.set('install-plugin-submit', 'Install Now');
    const uploaded = await this.client.postForm('/wp-admin/update.php?action=upload-plugin', body);
    const result = await uploaded.text();
    if (!/Plugin installed successfully/.test(result))
      throw new Error(`the plugin upload failed:\n${result.slice(0, 4000)}`);
    const activate = htmlValue(result, /href="([^"]*action=activate[^"]*)"/, 'the Activate link');
    await this.client.request(new URL(activate, `${this.origin}/wp-admin/`).href);
    const plugins = await this.client.page('/wp-admin/plugins.php');
    const row = plugins.match(new RegExp(`<tr class=['"]([^'"]*)['"][^>]*data-plugin=['"]${pluginFile}['"]`));
    if (!row?.[1].split(' ').includes('active')) throw new Error(`${pluginFile} is not active after activation`);
  }

  /** Starts the site, installs WordPress and the plugin from its zip (`pluginZip`), and activates it. */
  async startWithPlugin(pluginZip) {
    if (!existsSync(pluginZip)) throw new Error(`${pluginZip} is missing: run \`npm run build\` first`);
    await this.start();
    await this.install();
    await this.installPlugin(pluginZip, 'sensiq-embed/sensiq-embed.php');
  }

  /**
   * Creates `user` ({username, password, email, roles}) and publishes `contents` ({key: post content}) as that
   * user, through the REST API as the block editor does. Returns the user's logged-in client and the posts by key.
   */
  async publishAs(user, contents) {
    await this.client.rest('POST', '/wp/v2/users', user);
    const client = new Client(this.origin);
    await client.login(user.username, user.password);
    const posts = {};
    for (const [key, content] of Object.entries(contents)) {
      posts[key] = await client.rest('POST', '/wp/v2/posts', {title: `SensIQ ${key}`, content, status: 'publish'});
    }
    return {client, posts};
  }

  /** PHP notices, warnings and errors WordPress logged that mention `needle`. */
  logged(needle) {
    if (!existsSync(this.debugLog)) return [];
    return readFileSync(this.debugLog, 'utf8')
      .split('\n')
      .filter((line) => line.includes(needle));
  }

  async stop() {
    // A throwaway site has nothing to save: no graceful shutdown (MariaDB's takes up to 10 s).
    this.processes.forEach((child) => signalGroup(child, 'SIGKILL'));
    await Promise.all(this.processes.map((child) => child.exited));
    if (this.onExit) process.off('exit', this.onExit);
    if (this.dir) rmSync(this.dir, {recursive: true, force: true});
  }
}

/** Signals a process group this site started, unless it has already ended. */
function signalGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
