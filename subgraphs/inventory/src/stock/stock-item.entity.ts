import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Units of one catalogue product in the London vault: on hand, and reserved for unpaid orders. */
@Entity({ name: 'stock_item' })
export class StockItem {
  /** The catalog's product id (a Sanity document id). */
  @PrimaryColumn('text')
  productId!: string;

  @Column('integer')
  onHand!: number;

  @Column('integer')
  reserved!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  get available(): number {
    return Math.max(0, this.onHand - this.reserved);
  }
}
