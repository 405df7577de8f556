package it.sportello.dist;

/** One received mail as the mail viewer shows it. */
record MailView(int index, String date, String from, String to, String subject, String body) {}
