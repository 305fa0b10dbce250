import type { Metal } from '@/gql/graphql';

/** Each metal as the house names it to clients. */
export const METAL_NAMES: Record<Metal, string> = {
  PLATINUM: 'Platinum',
  YELLOW_GOLD_18K: '18ct yellow gold',
  WHITE_GOLD_18K: '18ct white gold',
  ROSE_GOLD_18K: '18ct rose gold',
};

/** A metal's name for clients; a metal the storefront does not know yet shows as the graph names it. */
export const metalName = (metal: string): string => METAL_NAMES[metal as Metal] ?? metal;
