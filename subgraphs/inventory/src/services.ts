import type { DataSource } from 'typeorm';
import { createMailer, defineLoader, transactionRunner, type EventBus, type Logger } from '@elysium/subgraph-kit';
import { AvailabilityService } from './availability/availability.service';
import type { StockCount } from './availability/availability';
import { CatalogSubgraphDirectory, type CatalogDirectory } from './catalog/catalog-directory';
import type { InventoryEnv } from './inventory-env';
import { LedgerQuery } from './ledger/ledger-query';
import { LocationDirectory } from './locations/location-directory';
import { MetalService } from './metal/metal.service';
import { ReservationService } from './reservations/reservation.service';
import { CycleCountService } from './stock/cycle-count.service';
import { StockControlService } from './stock/stock-control.service';
import { StockQueries } from './stock/stock-queries';
import { TransferService } from './transfers/transfer.service';

/** Everything the inventory resolvers and handlers need, built once per process. */
export function createInventoryServices(
  dataSource: DataSource,
  _log: Logger,
  bus: EventBus,
  env: InventoryEnv,
  catalog: CatalogDirectory = new CatalogSubgraphDirectory(env.CATALOG_URL, env.IDENTITY_SECRET),
) {
  const locations = new LocationDirectory(dataSource);
  const availability = new AvailabilityService(dataSource);
  const stockControl = new StockControlService(catalog, locations);
  return {
    locations,
    availability,
    stockControl,
    cycleCounts: new CycleCountService(catalog, stockControl),
    stockQueries: new StockQueries(dataSource),
    transfers: new TransferService(stockControl, locations),
    metal: new MetalService(dataSource),
    ledger: new LedgerQuery(dataSource),
    reservations: new ReservationService(transactionRunner(dataSource, bus), locations),
    mailer: createMailer({ smtpUrl: env.SMTP_URL, from: 'ELYSIUM Inventory <inventory@elysium.example>' }),
    stockControlEmail: env.STOCK_CONTROL_EMAIL,
    /** One SQL statement for every product whose availability a request asks for. */
    productStock: defineLoader<string, StockCount>((ids) => availability.forProducts(ids)),
    stoneStock: defineLoader<string, StockCount>((ids) => availability.forStones(ids)),
  };
}

export type InventoryServices = ReturnType<typeof createInventoryServices>;
