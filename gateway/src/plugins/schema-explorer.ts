import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { isStaffRole } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';

export type SchemaExplorer = 'everyone' | 'staff' | 'off';

export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (field) => {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Introspection for staff tokens only (`__typename` stays free: clients need it). */
function introspectionForStaff(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!isStaffRole(contextValue.identity?.role) && asksForIntrospection(document)) {
            throw new GraphQLError('Introspection is for ELYSIUM staff; sign in with a staff token.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}

/**
 * What `SCHEMA_EXPLORER` means for Apollo Server: whether introspection runs at all, the landing
 * page (embedded Sandbox) on GET /graphql, and who may introspect.
 */
export function schemaExplorer(mode: SchemaExplorer): { introspection: boolean; plugins: ApolloServerPlugin<GatewayContext>[] } {
  switch (mode) {
    case 'everyone':
      return { introspection: true, plugins: [ApolloServerPluginLandingPageLocalDefault({ footer: false, includeCookies: false })] };
    case 'staff':
      return { introspection: true, plugins: [ApolloServerPluginLandingPageDisabled(), introspectionForStaff()] };
    case 'off':
      return { introspection: false, plugins: [ApolloServerPluginLandingPageDisabled()] };
  }
}
