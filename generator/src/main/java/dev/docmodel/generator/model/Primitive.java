package dev.docmodel.generator.model;

/** The OData primitive types the docs use. */
public enum Primitive {
  STRING("Edm.String"),
  BOOLEAN("Edm.Boolean"),
  BYTE("Edm.Byte"),
  SBYTE("Edm.SByte"),
  INT16("Edm.Int16"),
  INT32("Edm.Int32"),
  INT64("Edm.Int64"),
  SINGLE("Edm.Single"),
  DOUBLE("Edm.Double"),
  DECIMAL("Edm.Decimal"),
  DATE_TIME_OFFSET("Edm.DateTimeOffset"),
  DATE("Edm.Date"),
  TIME_OF_DAY("Edm.TimeOfDay"),
  DURATION("Edm.Duration"),
  GUID("Edm.Guid"),
  BINARY("Edm.Binary"),
  STREAM("Edm.Stream"),
  UNTYPED("Edm.Untyped"),
  /**
   * The docs' {@code Json}: any JSON value, like {@link #UNTYPED}, but named as the service names it
   * (a type {@code Json} in the default namespace), so exports can say so.
   */
  JSON("Edm.Untyped");

  private final String edmName;

  Primitive(String edmName) {
    this.edmName = edmName;
  }

  public String edmName() {
    return edmName;
  }
}
