import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { isStaffRole, type Identity } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';

export type SchemaExplorer = 'everyone' | 'staff' | 'off';

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (field) => {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * The refusal an introspection query gets where `mode` does not open it to this caller, or null:
 * `staff` opens it to staff tokens only, `off` to no one (`__typename` stays free: clients need it).
 * Both gateways ask it before any subgraph is called.
 */
export function introspectionRefusal(mode: SchemaExplorer, identity: Identity | null, document: DocumentNode): GraphQLError | null {
  if (mode === 'everyone' || (mode === 'staff' && isStaffRole(identity?.role)) || !asksForIntrospection(document)) return null;
  return new GraphQLError(mode === 'off' ? 'Introspection is off.' : 'Introspection is for ELYSIUM staff; sign in with a staff token.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** Introspection for staff tokens only. */
function introspectionForStaff(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          const refusal = introspectionRefusal('staff', contextValue.identity, document);
          if (refusal) throw refusal;
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
