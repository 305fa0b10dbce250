import type { PostgresSubgraphDefinition } from '@elysium/subgraph-kit';
import { LowStockAlert } from './alerts/low-stock-alert.entity';
import { lowStockMailHandler } from './alerts/low-stock-mail';
import { ProductAvailabilityResolver, StoneAvailabilityResolver } from './availability/availability.resolver';
import type { InventoryEnv } from './inventory-env';
import { StockMovement } from './ledger/stock-movement.entity';
import { StockLocation } from './locations/stock-location.entity';
import { MetalBalance } from './metal/metal-balance';
import { CreateStockItem1764057600000 } from './migrations/1764057600000-create-stock-item';
import { StockLedger1764500000000 } from './migrations/1764500000000-stock-ledger';
import { ProductRef, StoneRef } from './references/entity-stubs';
import { Reservation } from './reservations/reservation.entity';
import {
  IdempotencyKeyReusedError,
  OutOfStockError,
  RESERVATION_INTERNAL_TYPES,
  ReservationEndedError,
  ReservationExpiredError,
  ReservationNotFoundError,
} from './reservations/reservation.errors';
import { reservationHandlers } from './reservations/reservation.handlers';
import { ReservationResolver } from './reservations/reservation.resolver';
import { seedDemoInventory } from './seed';
import { createInventoryServices, type InventoryServices } from './services';
import { LocationStock } from './stock/location-stock.entity';
import {
  InsufficientStockError,
  NotInCatalogueError,
  StockNotFoundError,
  TransferAlreadyReceivedError,
  UnitUnavailableError,
} from './stock/stock-control.errors';
import { StockControlResolver } from './stock/stock-control.resolver';
import { StockTransfer } from './transfers/stock-transfer.entity';
import { StockUnit } from './units/stock-unit.entity';

/** The inventory subgraph: stock by SKU and location, serialised units, metal, reservations and the ledger. Owns Postgres schema `inventory`. */
export const inventorySubgraph: PostgresSubgraphDefinition<InventoryServices, InventoryEnv> = {
  name: 'inventory',
  schema: 'inventory',
  entities: [StockLocation, LocationStock, StockUnit, StockMovement, Reservation, StockTransfer, MetalBalance, LowStockAlert],
  migrations: [CreateStockItem1764057600000, StockLedger1764500000000],
  resolvers: [ProductAvailabilityResolver, StoneAvailabilityResolver, ReservationResolver, StockControlResolver],
  orphanedTypes: [
    ProductRef,
    StoneRef,
    OutOfStockError,
    IdempotencyKeyReusedError,
    ReservationExpiredError,
    ReservationEndedError,
    ReservationNotFoundError,
    NotInCatalogueError,
    InsufficientStockError,
    UnitUnavailableError,
    StockNotFoundError,
    TransferAlreadyReceivedError,
  ],
  internalTypes: RESERVATION_INTERNAL_TYPES,
  createServices: (dataSource, log, bus, env) => createInventoryServices(dataSource, log, bus, env),
  eventHandlers: (services) => [
    ...reservationHandlers(services.reservations),
    lowStockMailHandler({ mailer: services.mailer, to: services.stockControlEmail }),
  ],
  // A reference needs nothing loaded here: `availability` batches its own lookups (and gets
  // leadTimeWeeks from the catalog through @requires).
  references: () => ({
    Product: {
      __resolveReference: (reference: { id: string; leadTimeWeeks?: number | null }) => ({
        id: reference.id,
        leadTimeWeeks: reference.leadTimeWeeks ?? null,
      }),
    },
    Stone: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
    },
  }),
  seedDemoData: (_services, dataSource) => seedDemoInventory(dataSource),
};
