package dev.docmodel.generator.emit;

import dev.docmodel.generator.model.Kept;
import dev.docmodel.generator.model.Legacy;

/** The javadoc of what a baseline keeps after the docs dropped or changed it. */
final class Deprecations {
  private Deprecations() {}

  static String type(Kept kept) {
    return "@deprecated The docs no longer describe this type (kept since baseline "
        + JavaText.lineComment(kept.since()) + "), so that code compiled against earlier "
        + "generations still works; values of it are still read and written.\n";
  }

  static String property(Kept kept, String wire) {
    return "@deprecated The docs no longer list {@code " + wire + "} (kept since baseline "
        + JavaText.lineComment(kept.since()) + "), so that code compiled against earlier "
        + "generations still works; it is still read and written under its wire name.\n";
  }

  static String member(Kept kept) {
    return "@deprecated The docs no longer list this member (kept since baseline "
        + JavaText.lineComment(kept.since()) + "); it is still read and written.\n";
  }

  static String operation(Kept kept) {
    return "@deprecated The docs no longer document this operation (kept since baseline "
        + JavaText.lineComment(kept.since()) + "), so that code compiled against earlier "
        + "generations still works; the service may no longer answer it.\n";
  }

  static String parameter(Kept kept) {
    return "@deprecated The docs no longer list this parameter (kept since baseline "
        + JavaText.lineComment(kept.since()) + "), so that code compiled against earlier "
        + "generations still works; the service may ignore or refuse it.\n";
  }

  static String legacyView(Legacy legacy, String wire, String current) {
    return "@deprecated The docs now type {@code " + wire + "} differently: use {@link #"
        + current + "()}. This view in the earlier type is kept since baseline "
        + JavaText.lineComment(legacy.since()) + "; it converts through the JSON value and is "
        + "null when the value does not fit the earlier type.\n";
  }
}
