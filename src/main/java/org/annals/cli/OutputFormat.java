package org.annals.cli;

/** How a query command prints: an aligned table for people, JSON or CSV for programs. */
enum OutputFormat { table, json, csv }
