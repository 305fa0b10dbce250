/** Mail out of the graph: the SMTP mailer, `{{placeholder}}` templates and the house HTML layout. */
export * from './layout';
export * from './mailer';
export * from './render-mail';
