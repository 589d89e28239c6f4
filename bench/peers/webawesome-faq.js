// Peer: the FAQ as a developer would build it with Web Awesome (Shoelace's successor). The questions and answers
// are in the page as <wa-details> (see bench/pages.mjs); this entry only defines the element, importing it from
// npm the way Web Awesome documents ("cherry-picking").
import '@awesome.me/webawesome/dist/components/details/details.js';
