// The operations a first Run sends (the viewer and server features, the run, logging an
// artifact, linking, the org lookup): their documents load with the page's engine. The rest
// are in onDemand.ts; documents.ts hands either out by name.
import * as artifacts from './artifacts';
import * as links from './links';
import * as orgs from './orgs';
import * as runs from './runs';
import * as server from './server';

export const eagerOperations = { ...server, ...runs, ...artifacts, ...links, ...orgs };
