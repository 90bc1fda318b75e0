package org.knooppunt.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.collaboration.CollaborationService;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.inbox.Notice;
import org.knooppunt.person.PersonService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.SafeText;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Partner suggestions for an organisation or branch the user may act for (its library speaks for a
 * branch): a need of topics and/or target groups, optionally an area (a radius around it, or
 * municipalities). Top {@code limit} (at most 50), current partners left out.
 */
@ApplicationScoped
public class PartnerFinderService {

  static final int MAX_LIMIT = 50;
  static final int MAX_TERMS = 20;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}|\\d{5}");

  static final int MESSAGE_MAX = 1000;

  private final Graph graph;
  private final PartnerFinderRepository repository;
  private final CollaborationService collaborations;
  private final InboxService inbox;
  private final AuditLog audit;
  private final PersonService people;

  @Inject
  public PartnerFinderService(
      Graph graph,
      PartnerFinderRepository repository,
      CollaborationService collaborations,
      InboxService inbox,
      AuditLog audit,
      PersonService people) {
    this.graph = graph;
    this.repository = repository;
    this.collaborations = collaborations;
    this.inbox = inbox;
    this.audit = audit;
    this.people = people;
  }

  protected PartnerFinderService() {
    this(null, null, null, null, null, null);
  }

  public List<Suggestion> suggest(
      Account actor,
      String forId,
      List<String> topics,
      List<String> targetGroups,
      Integer radiusKm,
      List<String> municipalities,
      int limit,
      Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> t = clean(topics);
    List<String> g = clean(targetGroups);
    List<String> m = clean(municipalities);
    if (t.isEmpty() && g.isEmpty()) {
      errors.add(new FieldError("need", Messages.get(locale, "partner.needRequired")));
    }
    if (t.size() > MAX_TERMS
        || g.size() > MAX_TERMS
        || !t.stream().allMatch(x -> ID.matcher(x).matches())
        || !g.stream().allMatch(x -> ID.matcher(x).matches())) {
      errors.add(new FieldError("need", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (radiusKm != null && (radiusKm < 1 || radiusKm > 100)) {
      errors.add(new FieldError("radiusKm", Messages.get(locale, "socialmap.radiusRange", 100)));
    }
    if (m.size() > 50 || !m.stream().allMatch(x -> MUNICIPALITY.matcher(x).matches())) {
      errors.add(
          new FieldError(
              "municipalities", Messages.get(locale, "socialmap.municipalitiesInvalid", 50)));
    }
    if (forId == null || !ID.matcher(forId).matches()) {
      errors.add(new FieldError("for", Messages.get(locale, "partner.forRequired")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    String speaker = speaker(actor, forId, locale);
    var query =
        new PartnerFinderRepository.Query(
            forId,
            t,
            g,
            radiusKm,
            m,
            "en".equals(locale.getLanguage()),
            Math.clamp(limit, 1, MAX_LIMIT));
    return ranked(query);
  }

  /**
   * The ranking itself, in one read transaction, without the checks of {@link #suggest} (the
   * benchmark times it): first among the partners of our partners, which is enough when their top
   * outscores anything another candidate could reach; then, when only nearness could lift another
   * candidate to their top, among the few close enough (found through the point index); otherwise
   * everyone who shares the need.
   */
  public List<Suggestion> ranked(PartnerFinderRepository.Query query) {
    return graph.read(tx -> {
      var shortlist = repository.shortlist(tx, query);
      if (shortlist.complete()) {
        return shortlist.top();
      }
      return shortlist.nearbyKm() != null
          ? repository.nearby(tx, query, shortlist)
          : repository.find(tx, query);
    });
  }

  /**
   * Who can introduce {@code forId} (an organisation or branch the user may act for; a branch's
   * library) to organisation {@code to}: the shortest chain through consenting people, or empty.
   */
  public java.util.Optional<IntroductionPath> introduction(
      Account actor, String forId, String to, Locale locale) {
    return chain(actor, forId, to, locale).map(path -> masked(actor, path, locale));
  }

  /** The chain with every person on it as stored: for the service only, never shown as such. */
  private java.util.Optional<IntroductionPath> chain(
      Account actor, String forId, String to, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (forId == null || !ID.matcher(forId).matches() || to == null || !ID.matcher(to).matches()) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, Messages.get(locale, "organisation.notFound"));
    }
    String speaker = speaker(actor, forId, locale);
    if (speaker.equals(to)) {
      throw new DomainException(
          DomainException.Kind.INVALID, Messages.get(locale, "collaboration.sameSide"));
    }
    return graph.read(tx -> repository.introduction(tx, speaker, to));
  }

  /**
   * The path as the user may see it: every person she may not see replaced by "a contact person of
   * <her organisation>", without her id (a placeholder keeps the steps distinct).
   */
  private IntroductionPath masked(Account actor, IntroductionPath path, Locale locale) {
    Map<String, String> hidden = hiddenPeople(actor, path, locale);
    if (hidden.isEmpty()) {
      return path;
    }
    List<IntroductionPath.Step> steps = new ArrayList<>();
    for (int i = 0; i < path.steps().size(); i++) {
      IntroductionPath.Step s = path.steps().get(i);
      String label = s.kind().equals("person") ? hidden.get(s.id()) : null;
      steps.add(
          label == null ? s : new IntroductionPath.Step("contact-" + i, "person", label, null));
    }
    return new IntroductionPath(steps, path.relations());
  }

  private Map<String, String> hiddenPeople(Account actor, IntroductionPath path, Locale locale) {
    List<String> personIds =
        path.steps().stream()
            .filter(s -> s.kind().equals("person"))
            .map(IntroductionPath.Step::id)
            .toList();
    return people.hidden(actor, personIds, locale);
  }

  /**
   * Asks the first one between us and {@code to} on the shortest chain (not the user herself) for
   * an introduction: a person — a notice with the user's message in her inbox, or, when she has no
   * account, in her organisation's — or an organisation that knows both sides (its inbox). The
   * chain is found again here, so only a person who consented is ever asked. Returns the name of
   * whom was asked.
   */
  public String askIntroduction(
      Account actor, String forId, String to, String message, Locale locale) {
    String text = message == null || message.isBlank() ? null : message.strip();
    if (text != null && text.length() > MESSAGE_MAX) {
      throw DomainException.invalid(
          locale, "message", Messages.get(locale, "validation.tooLong", MESSAGE_MAX));
    }
    if (!SafeText.Validator.safe(text)) {
      throw DomainException.invalid(
          locale, "message", Messages.get(locale, "knooppunt.validation.safeText"));
    }
    IntroductionPath path =
        chain(actor, forId, to, locale)
            .orElseThrow(() ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    Messages.get(locale, "partner.noIntroduction")));
    List<String> middle =
        path.steps().subList(1, path.steps().size() - 1).stream()
            .map(IntroductionPath.Step::id)
            .toList();
    String from = path.steps().getFirst().name();
    String goal = path.steps().getLast().name();
    Map<String, String> hidden = hiddenPeople(actor, path, locale);
    return graph.write(tx -> {
      var recipient =
          repository
              .recipient(tx, middle, actor.username())
              .orElseThrow(() ->
                  new DomainException(
                      DomainException.Kind.NOT_FOUND, Messages.get(locale, "partner.nobodyToAsk")));
      Notice notice =
          new Notice(
              Notice.Kind.INTRODUCTION,
              "partner.notice.introduction",
              List.of(
                  actor.displayName(),
                  from == null ? "" : from,
                  goal == null ? "" : goal,
                  recipient.name() == null ? "" : recipient.name()),
              "/organisation/view.xhtml?id=" + to,
              text,
              actor.displayName(),
              to);
      long delivered =
          recipient.accounts().isEmpty()
              ? (recipient.organisation() == null
                  ? 0
                  : inbox.toOrganisation(tx, notice, recipient.organisation()))
              : inbox.toAccounts(tx, notice, recipient.accounts());
      if (delivered == 0) {
        throw new DomainException(
            DomainException.Kind.NOT_FOUND, Messages.get(locale, "partner.nobodyToAsk"));
      }
      audit.record(tx, actor.username(), "introduction.asked", recipient.id(), "to " + to);
      // Someone the user may not see is asked all the same, but not named to her.
      return hidden.getOrDefault(recipient.id(), recipient.name());
    });
  }

  /**
   * The organisation that speaks for {@code forId} (itself, or a branch's library), when {@code
   * actor} may act for it.
   */
  private String speaker(Account actor, String forId, Locale locale) {
    String speaker =
        graph
            .read(tx -> repository.speaker(tx, forId))
            .orElseThrow(() ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND, Messages.get(locale, "organisation.notFound")));
    if (!actor.has(Role.ADMIN) && !collaborations.speaksFor(actor, speaker)) {
      throw DomainException.forbidden(locale);
    }
    return speaker;
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }
}
