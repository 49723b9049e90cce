package org.specworks.cms.content;

/** What a structured field holds; decides how its text is checked. */
public enum FieldKind {
  TEXT,
  INTEGER,
  /** An ISO date, e.g. 2018-02-01. */
  DATE,
  /** One of a fixed list of values. */
  CHOICE,
  /** The path of another item, e.g. a policy's linked document. */
  PATH,
  /** An absolute http(s) or mailto URL. */
  URL
}
