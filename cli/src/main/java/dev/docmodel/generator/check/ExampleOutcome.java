package dev.docmodel.generator.check;


/**
 * What checking one example gave.
 *
 * @param detail why it failed or was skipped (empty when it passed)
 * @param pointer for a failure, the JSON pointer of the first difference (may be empty)
 */
public record ExampleOutcome(Example example, Status status, String detail, String pointer) {
  public enum Status { PASSED, FAILED, SKIPPED }

  static ExampleOutcome passed(Example example) {
    return new ExampleOutcome(example, Status.PASSED, "", "");
  }

  static ExampleOutcome failed(Example example, String detail, String pointer) {
    return new ExampleOutcome(example, Status.FAILED, detail, pointer);
  }

  static ExampleOutcome skipped(Example example, String reason) {
    return new ExampleOutcome(example, Status.SKIPPED, reason, "");
  }

  /** {@code page.md:12: failed /value/0/size written JSON differs}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(example.page()).append(':')
        .append(example.bodyLocation().line()).append(": ")
        .append(status.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
        .append(example.kind()).append(' ')
        .append(example.odataType() == null ? "(untyped)" : example.odataType());
    if (!pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    }
    if (!detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    return sb.toString();
  }
}
