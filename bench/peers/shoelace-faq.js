// Peer: the FAQ as a developer would build it with a mainstream web-component library. The questions and
// answers are in the page as <sl-details> (see bench/run.mjs); this entry only defines the element,
// importing it from npm the way Shoelace documents ("cherry-picking").
import '@shoelace-style/shoelace/dist/components/details/details.js';
