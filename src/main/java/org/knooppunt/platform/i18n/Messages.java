package org.knooppunt.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts ({@code messages_nl}, {@code messages_en}) for code that runs outside a page:
 * services and REST resources, which answer in the user's language too.
 */
public final class Messages {

  public static final Locale DUTCH = Locale.of("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final String BUNDLE = "messages";

  /** Bean Validation's bundle: messages of the constraints, also used by services. */
  public static final String VALIDATION_BUNDLE = "ValidationMessages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    String pattern = lookup(BUNDLE, locale, key);
    if (pattern == null) {
      pattern = lookup(VALIDATION_BUNDLE, locale, key);
    }
    if (pattern == null) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
  }

  private static String lookup(String bundle, Locale locale, String key) {
    try {
      return ResourceBundle.getBundle(bundle, supported(locale)).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** nl or en: the two languages Knooppunt speaks; Dutch unless English was asked for. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
  }

  public static Locale of(String language) {
    return "en".equals(language) ? ENGLISH : DUTCH;
  }
}
