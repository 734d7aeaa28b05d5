package dev.docmodel.runtime;

/** Implemented by generated enums: the member name exactly as the service writes it. */
public interface WireEnum {
  String wireName();
}
