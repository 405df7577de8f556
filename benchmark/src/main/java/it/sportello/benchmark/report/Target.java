package it.sportello.benchmark.report;

/** One target of the issue, checked against the figures: a row of the report's targets table. */
record Target(String what, String measured, String verdict) {}
