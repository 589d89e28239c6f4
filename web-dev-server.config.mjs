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
      // The builder's page finds its files relative to its folder: without the final slash they would not load.
      else if (context.path === '/dist/builder') context.redirect('/dist/builder/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'announce-demo',
      serverStart() {
        setTimeout(
          () =>
            console.log(
              `\nSensIQ Embed demo: http://localhost:${port}/demo/\nEmbed builder: http://localhost:${port}/dist/builder/\n`
            ),
          50
        );
      },
    },
  ],
};
