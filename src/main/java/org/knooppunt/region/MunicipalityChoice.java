package org.knooppunt.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Choosing a municipality by typing its name: suggestions read "Utrecht (GM0344)", and the code in
 * brackets is what forms and URLs keep. A bare code typed by hand is accepted too.
 */
@Named
@ApplicationScoped
public class MunicipalityChoice {

  private static final Pattern CODE_IN_LABEL =
      Pattern.compile("\\(([A-Z]{2}\\d{4}|\\d{5})\\)\\s*$");
  private static final Pattern BARE_CODE = Pattern.compile("(?i)\\s*(GM\\d{4}|\\d{5})\\s*");

  @Inject RegionService regions;

  public List<String> complete(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    String text = query.length() > 100 ? query.substring(0, 100) : query;
    return regions.municipalities(null, null, text, 0, 12).rows().stream()
        .map(MunicipalityChoice::label)
        .toList();
  }

  public static String label(Municipality m) {
    return label(m.name(), m.code());
  }

  public static String label(String name, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return name == null ? code : name + " (" + code + ")";
  }

  /** The code in a label or a bare code; otherwise the input itself, for validation to refuse. */
  public static String code(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    Matcher inLabel = CODE_IN_LABEL.matcher(input);
    if (inLabel.find()) {
      return inLabel.group(1);
    }
    Matcher bare = BARE_CODE.matcher(input);
    return bare.matches() ? bare.group(1).toUpperCase(java.util.Locale.ROOT) : input.strip();
  }
}
