package nl.kansrijkestart.mdo.shared;

/** A message argument that is itself translated when shown, such as the name of a discipline. */
public record MessageKey(String key) {}
