// `npm start`: serves the demo pages and the built dist/ files on localhost.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  middleware: [
    // The demo is the front page.
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'announce-demo',
      serverStart() {
        setTimeout(() => console.log(`\nSensIQ Embed demo: http://localhost:${port}/demo/\n`), 50);
      },
    },
  ],
};
