// The resolvers of what a first Run sends (viewer and server features, the run, logging an
// artifact, linking, the org lookup): they load with the page's engine. Every other
// operation's resolver is in onDemand.ts, loaded by the server on its first request.
import { artifactResolvers } from './artifacts';
import { linkResolvers } from './links';
import { orgResolvers } from './orgs';
import { runResolvers } from './runs';
import { serverResolvers } from './server';

export const eagerResolvers = {
  ...serverResolvers,
  ...runResolvers,
  ...artifactResolvers,
  ...linkResolvers,
  ...orgResolvers,
};
