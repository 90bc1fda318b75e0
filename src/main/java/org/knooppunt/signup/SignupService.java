package org.knooppunt.signup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.inbox.Notice;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationForm;
import org.knooppunt.organisation.OrganisationRepository;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.FormValidation;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.knooppunt.platform.security.PasswordHasher;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The only write path for partners who join, for screens and API alike.
 *
 * <ul>
 *   <li><b>Sign-up</b>: a new partner profile and its contact's account, both {@code pending}, the
 *       account acting for the profile; a notice goes to the approvers of the municipality.
 *   <li><b>Claim</b>: a pending account asks to speak for an existing partner profile that no
 *       partner account speaks for, with the profile's registration number as proof.
 *   <li><b>Decision</b>: an admin, or a librarian of a library located in or serving the profile's
 *       municipality, approves (all becomes {@code active}, the account acts for the profile, so
 *       librarians no longer edit it) or rejects with a reason (nothing of it stays active).
 *       Audited, and the applicant gets a notice.
 *   <li><b>Invite</b>: an admin or librarian makes a single-use link (only the token's hash is
 *       stored) that expires; accepting it makes the account (and a new profile) active at once.
 * </ul>
 *
 * <p>Strangers call sign-up, claim and accept, so each is throttled per client address before any
 * work (the password hash costs a tenth of a second). Every check runs before the one write
 * transaction changes anything; a refusal changes nothing.
 */
@ApplicationScoped
public class SignupService {

  static final int REASON_MAX = 1000;
  static final int NOTE_MAX = 200;
  static final int PASSWORD_MIN = 12;
  static final int QUEUE_MAX = 200;
  static final Duration INVITE_DEFAULT = Duration.ofDays(14);
  static final int INVITE_MAX_DAYS = 60;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
  private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
  private static final Set<String> COMMON =
      Set.of("wachtwoord", "password", "welkom", "welcome", "qwerty", "123456", "knooppunt");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Graph graph;
  private final SignupRepository repository;
  private final OrganisationRepository organisations;
  private final OrganisationService organisationRules;
  private final InboxService inbox;
  private final AuditLog audit;
  private final SignupThrottle throttle;
  private final ValidatorFactory validation;
  private final Clock clock;

  @Inject
  public SignupService(
      Graph graph,
      SignupRepository repository,
      OrganisationRepository organisations,
      OrganisationService organisationRules,
      InboxService inbox,
      AuditLog audit,
      SignupThrottle throttle,
      ValidatorFactory validation,
      Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.organisations = organisations;
    this.organisationRules = organisationRules;
    this.inbox = inbox;
    this.audit = audit;
    this.throttle = throttle;
    this.validation = validation;
    this.clock = clock;
  }

  protected SignupService() {
    this(null, null, null, null, null, null, null, null, null);
  }

  /** What a sign-up or claim left behind: the request in the queue and the new account. */
  public record Submitted(String requestId, String organisationId, String accountId) {}

  /** A new invite: its token is shown once, in the link, and never stored. */
  public record NewInvite(Invite invite, String token) {}

  // ---------------------------------------------------------------- sign-up and claim

  /** A partner signs itself up: pending profile + pending account + a request in the queue. */
  public Submitted signUp(SignupForm form, String client, Locale locale) {
    throttle.signup(client, locale);
    if (form == null || form.getOrganisation() == null || form.getContact() == null) {
      throw DomainException.invalid(
          locale, "organisation", Messages.get(locale, "validation.required"));
    }
    OrganisationForm org = form.getOrganisation();
    org.setKind(Kind.PARTNER);
    List<FieldError> errors = new ArrayList<>(violations(form.getContact(), "contact.", locale));
    errors.addAll(passwordProblems(form.getContact(), locale));
    if (org.getRegistrationNumber() == null || org.getRegistrationNumber().isBlank()) {
      errors.add(
          new FieldError(
              "registrationNumber", Messages.get(locale, "knooppunt.validation.required")));
    }
    try {
      organisationRules.check(org, locale);
    } catch (DomainException e) {
      errors.addAll(e.fieldErrors());
    }
    refuseIfAny(errors, locale);
    String hash = PasswordHasher.hash(form.getContact().getPassword().toCharArray());
    ZonedDateTime now = now();
    return write(
        tx -> {
          organisationRules.checkReferences(tx, org, locale);
          String number = digits(org.getRegistrationNumber());
          refuseTakenNumber(tx, number, null, locale);
          organisations
              .duplicate(tx, org.getName(), org.getMunicipalityCode(), null)
              .ifPresent(existing -> {
                throw duplicate(locale, "name", "signup.duplicateName", existing.nameNl());
              });
          refuseTakenUsername(tx, form.getContact(), locale);
          String username = username(form.getContact());
          String organisationId = organisations.create(tx, org, username);
          repository.setOrganisationStatus(tx, organisationId, "pending");
          String accountId =
              repository.createAccount(
                  tx,
                  form.getContact(),
                  hash,
                  locale.getLanguage(),
                  "pending",
                  organisationId,
                  now);
          String requestId =
              repository.createRequest(tx, accountId, organisationId, "signup", number, now);
          audit.record(tx, username, "signup.submitted", organisationId, org.getName().strip());
          inbox.toApprovers(
              tx,
              new Notice(
                  Notice.Kind.APPROVAL,
                  "signup.notice.submitted",
                  List.of(org.getName().strip()),
                  "/signup/queue.xhtml",
                  null,
                  form.getContact().getDisplayName().strip(),
                  requestId),
              org.getMunicipalityCode());
          return new Submitted(requestId, organisationId, accountId);
        },
        locale);
  }

  /** Partner profiles whose name contains {@code q} that no partner account speaks for yet. */
  public List<SignupRepository.Claimable> claimable(String q) {
    if (q == null || q.strip().length() < 2) {
      return List.of();
    }
    String text = q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
    return graph.read(tx -> repository.claimable(tx, text, 12));
  }

  /**
   * Someone asks to speak for an existing, unclaimed partner profile. The registration number must
   * be the profile's (or, when it has none, a valid one for its country, stored on approval).
   */
  public Submitted claim(ClaimForm form, String client, Locale locale) {
    throttle.signup(client, locale);
    if (form == null || form.getContact() == null) {
      throw DomainException.invalid(
          locale, "organisationId", Messages.get(locale, "validation.required"));
    }
    List<FieldError> errors = new ArrayList<>(violations(form, "", locale));
    errors.addAll(passwordProblems(form.getContact(), locale));
    refuseIfAny(errors, locale);
    String hash = PasswordHasher.hash(form.getContact().getPassword().toCharArray());
    ZonedDateTime now = now();
    String id = form.getOrganisationId().strip();
    String number = digits(form.getRegistrationNumber());
    return write(
        tx -> {
          SignupRepository.ClaimTarget target =
              repository
                  .claimTarget(tx, id)
                  .filter(t -> t.partner() && "active".equals(t.status()))
                  .orElseThrow(() ->
                      DomainException.invalid(
                          locale,
                          "organisationId",
                          Messages.get(locale, "signup.unknownOrganisation")));
          if (target.claimed()) {
            throw new DomainException(
                DomainException.Kind.CONFLICT, Messages.get(locale, "signup.alreadyClaimed"));
          }
          boolean matches =
              target.registrationNumber() == null
                  ? OrganisationService.registrationValid(number, target.country())
                  : target.registrationNumber().equals(number);
          if (!matches) {
            throw DomainException.invalid(
                locale, "registrationNumber", Messages.get(locale, "signup.registrationMismatch"));
          }
          if (target.registrationNumber() == null) {
            refuseTakenNumber(tx, number, id, locale);
          }
          refuseTakenUsername(tx, form.getContact(), locale);
          String username = username(form.getContact());
          String accountId =
              repository.createAccount(
                  tx, form.getContact(), hash, locale.getLanguage(), "pending", null, now);
          String requestId = repository.createRequest(tx, accountId, id, "claim", number, now);
          audit.record(tx, username, "claim.submitted", id, target.name());
          inbox.toApprovers(
              tx,
              new Notice(
                  Notice.Kind.APPROVAL,
                  "signup.notice.claimed",
                  List.of(target.name()),
                  "/signup/queue.xhtml",
                  null,
                  form.getContact().getDisplayName().strip(),
                  requestId),
              target.municipalityCode());
          return new Submitted(requestId, id, accountId);
        },
        locale);
  }

  // ---------------------------------------------------------------- the approval queue

  /** Whether {@code actor} may see the queue at all: admins and librarians. */
  public static boolean mayDecide(Account actor) {
    return actor != null && (actor.has(Role.ADMIN) || actor.has(Role.LIBRARIAN));
  }

  /** A page of the requests {@code actor} may decide, oldest first, and how many there are. */
  public record QueuePage(List<SignupRequest> rows, long total) {}

  public QueuePage queue(Account actor, String status, int offset, int limit, Locale locale) {
    if (!mayDecide(actor)) {
      throw DomainException.forbidden(locale);
    }
    String wanted = status == null || status.isBlank() ? "pending" : status.strip();
    if (!Set.of("pending", "approved", "rejected").contains(wanted)) {
      throw DomainException.invalid(
          locale, "status", Messages.get(locale, "signup.validation.status"));
    }
    boolean admin = actor.has(Role.ADMIN);
    String library = actor.organisationId();
    int skip = Math.max(0, offset);
    int size = Math.clamp(limit, 1, QUEUE_MAX);
    return graph.read(tx ->
        new QueuePage(
            repository.queue(tx, admin, library, wanted, skip, size),
            repository.queueCount(tx, admin, library, wanted)));
  }

  /** One request, if {@code actor} may decide it. */
  public SignupRequest request(Account actor, String id, Locale locale) {
    return graph.read(tx -> decidable(tx, actor, id, locale)).request();
  }

  /** Approves: the profile and the account become active, the account speaks for the profile. */
  public SignupRequest approve(Account actor, String id, Locale locale) {
    return write(
        tx -> {
          SignupRepository.Found found = decidable(tx, actor, id, locale);
          SignupRequest r = found.request();
          requirePending(r, locale);
          if ("claim".equals(r.kind()) && found.claimed()) {
            throw new DomainException(
                DomainException.Kind.CONFLICT, Messages.get(locale, "signup.alreadyClaimed"));
          }
          if (!repository.approve(tx, r.id(), actor.username(), now())) {
            throw alreadyDecided(locale);
          }
          audit.record(
              tx, actor.username(), r.kind() + ".approved", r.organisationId(), r.username());
          inbox.toAccounts(
              tx,
              new Notice(
                  Notice.Kind.APPROVAL,
                  "signup.notice.approved",
                  List.of(r.organisationName()),
                  "/organisation/view.xhtml?id=" + r.organisationId(),
                  null,
                  actor.displayName(),
                  r.id()),
              List.of(r.accountId()));
          return repository.visible(tx, true, null, r.id()).orElseThrow().request();
        },
        locale);
  }

  /** Rejects with a reason (required): the account cannot log in, a new profile is rejected. */
  public SignupRequest reject(Account actor, String id, String reason, Locale locale) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw DomainException.invalid(
          locale, "reason", Messages.get(locale, "signup.reasonRequired"));
    }
    if (why.codePointCount(0, why.length()) > REASON_MAX) {
      throw DomainException.invalid(
          locale, "reason", Messages.get(locale, "validation.tooLong", REASON_MAX));
    }
    if (CONTROL_BUT_LINES.matcher(why).find()) {
      throw DomainException.invalid(locale, "reason", Messages.get(locale, "signup.textInvalid"));
    }
    return write(
        tx -> {
          SignupRequest r = decidable(tx, actor, id, locale).request();
          requirePending(r, locale);
          if (!repository.reject(tx, r.id(), actor.username(), why, now())) {
            throw alreadyDecided(locale);
          }
          audit.record(tx, actor.username(), r.kind() + ".rejected", r.organisationId(), why);
          inbox.toAccounts(
              tx,
              new Notice(
                  Notice.Kind.APPROVAL,
                  "signup.notice.rejected",
                  List.of(r.organisationName()),
                  null,
                  why,
                  actor.displayName(),
                  r.id()),
              List.of(r.accountId()));
          return repository.visible(tx, true, null, r.id()).orElseThrow().request();
        },
        locale);
  }

  // ---------------------------------------------------------------- invites

  /**
   * Makes an invite: for an unclaimed partner profile {@code actor} may speak for, or (no {@code
   * organisationId}) for a new partner. Valid {@code days} days (default 14, at most 60).
   */
  public NewInvite invite(
      Account actor, String organisationId, String note, Integer days, Locale locale) {
    if (!mayDecide(actor)) {
      throw DomainException.forbidden(locale);
    }
    String id = organisationId == null || organisationId.isBlank() ? null : organisationId.strip();
    String text = note == null || note.isBlank() ? null : note.strip();
    List<FieldError> errors = new ArrayList<>();
    if (id != null && !ID.matcher(id).matches()) {
      errors.add(
          new FieldError("organisationId", Messages.get(locale, "signup.unknownOrganisation")));
    }
    if (text != null
        && (text.codePointCount(0, text.length()) > NOTE_MAX
            || CONTROL_BUT_LINES.matcher(text).find())) {
      errors.add(new FieldError("note", Messages.get(locale, "validation.tooLong", NOTE_MAX)));
    }
    int validDays = days == null ? (int) INVITE_DEFAULT.toDays() : days;
    if (validDays < 1 || validDays > INVITE_MAX_DAYS) {
      errors.add(
          new FieldError("days", Messages.get(locale, "signup.invite.days", INVITE_MAX_DAYS)));
    }
    refuseIfAny(errors, locale);
    String token = token();
    ZonedDateTime now = now();
    return write(
        tx -> {
          if (id != null) {
            var ownership =
                organisations
                    .ownership(tx, id)
                    .orElseThrow(() ->
                        DomainException.invalid(
                            locale,
                            "organisationId",
                            Messages.get(locale, "signup.unknownOrganisation")));
            if (ownership.kind() != Kind.PARTNER || ownership.claimedByPartner()) {
              throw new DomainException(
                  DomainException.Kind.CONFLICT, Messages.get(locale, "signup.alreadyClaimed"));
            }
            if (!OrganisationService.mayEdit(actor, id, ownership)) {
              throw DomainException.forbidden(locale);
            }
          }
          String inviteId =
              repository.createInvite(
                  tx, hash(token), actor.username(), id, text, now, now.plusDays(validDays));
          audit.record(tx, actor.username(), "invite.created", id == null ? inviteId : id, text);
          return new NewInvite(repository.invite(tx, inviteId, now).orElseThrow().invite(), token);
        },
        locale);
  }

  /** The invites {@code actor} made (an admin: all), newest first. */
  public List<Invite> invites(Account actor, int offset, int limit, Locale locale) {
    if (!mayDecide(actor)) {
      throw DomainException.forbidden(locale);
    }
    ZonedDateTime now = now();
    return graph.read(tx ->
        repository
            .invites(
                tx,
                actor.has(Role.ADMIN),
                actor.username(),
                now,
                Math.max(0, offset),
                Math.clamp(limit, 1, QUEUE_MAX))
            .stream()
            .map(SignupRepository.InviteState::invite)
            .toList());
  }

  /** Revokes an open invite: its creator or an admin. */
  public Invite revoke(Account actor, String id, Locale locale) {
    if (!mayDecide(actor)) {
      throw DomainException.forbidden(locale);
    }
    ZonedDateTime now = now();
    return write(
        tx -> {
          Invite invite =
              (id == null || !ID.matcher(id).matches()
                      ? Optional.<SignupRepository.InviteState>empty()
                      : repository.invite(tx, id, now))
                  .map(SignupRepository.InviteState::invite)
                  .filter(i -> actor.has(Role.ADMIN) || actor.username().equals(i.createdBy()))
                  .orElseThrow(() -> inviteUnknown(locale));
          if (!repository.revokeInvite(tx, invite.id(), actor.username(), now)) {
            throw new DomainException(
                DomainException.Kind.CONFLICT, Messages.get(locale, "signup.invite.notOpen"));
          }
          audit.record(tx, actor.username(), "invite.revoked", invite.id(), null);
          return repository.invite(tx, invite.id(), now).orElseThrow().invite();
        },
        locale);
  }

  /** What an invite link is for, to show before accepting; refuses a link that cannot be used. */
  public Invite inviteFor(String token, Locale locale) {
    if (token == null || !TOKEN.matcher(token.strip()).matches()) {
      throw inviteUnknown(locale);
    }
    ZonedDateTime now = now();
    SignupRepository.InviteState state =
        graph
            .read(tx -> repository.inviteByHash(tx, hash(token.strip()), now))
            .orElseThrow(() -> inviteUnknown(locale));
    refuseUnusable(state, locale);
    return state.invite();
  }

  /** Accepts an invite: an active account (and a new active profile), the invite used up. */
  public Submitted accept(InviteAcceptForm form, String client, Locale locale) {
    throttle.invite(client, locale);
    if (form == null
        || form.getToken() == null
        || !TOKEN.matcher(form.getToken().strip()).matches()) {
      throw inviteUnknown(locale);
    }
    if (form.getContact() == null) {
      throw DomainException.invalid(locale, "contact", Messages.get(locale, "validation.required"));
    }
    List<FieldError> errors = new ArrayList<>(violations(form.getContact(), "contact.", locale));
    errors.addAll(passwordProblems(form.getContact(), locale));
    refuseIfAny(errors, locale);
    String hash = PasswordHasher.hash(form.getContact().getPassword().toCharArray());
    String tokenHash = hash(form.getToken().strip());
    ZonedDateTime now = now();
    return write(
        tx -> {
          SignupRepository.InviteState state =
              repository.lockInvite(tx, tokenHash, now).orElseThrow(() -> inviteUnknown(locale));
          refuseUnusable(state, locale);
          Invite invite = state.invite();
          String username = username(form.getContact());
          String organisationId = invite.organisationId();
          if (organisationId == null) {
            OrganisationForm org =
                form.getOrganisation() == null ? SignupForm.partnerForm() : form.getOrganisation();
            org.setKind(Kind.PARTNER);
            organisationRules.check(org, locale);
            organisationRules.checkReferences(tx, org, locale);
            String number = digits(org.getRegistrationNumber());
            if (number != null) {
              refuseTakenNumber(tx, number, null, locale);
            }
            organisations
                .duplicate(tx, org.getName(), org.getMunicipalityCode(), null)
                .ifPresent(existing -> {
                  throw duplicate(locale, "name", "signup.duplicateName", existing.nameNl());
                });
            refuseTakenUsername(tx, form.getContact(), locale);
            organisationId = organisations.create(tx, org, username);
          } else {
            refuseTakenUsername(tx, form.getContact(), locale);
          }
          String accountId =
              repository.createAccount(
                  tx, form.getContact(), hash, locale.getLanguage(), "active", organisationId, now);
          if (!repository.useInvite(tx, invite.id(), username, now)) {
            throw inviteUsed(locale);
          }
          audit.record(tx, username, "invite.accepted", organisationId, invite.id());
          inbox.toUsernames(
              tx,
              new Notice(
                  Notice.Kind.INFO,
                  "signup.notice.inviteAccepted",
                  List.of(form.getContact().getDisplayName().strip()),
                  "/organisation/view.xhtml?id=" + organisationId,
                  null,
                  form.getContact().getDisplayName().strip(),
                  invite.id()),
              List.of(invite.createdBy()));
          return new Submitted(null, organisationId, accountId);
        },
        locale);
  }

  // ---------------------------------------------------------------- helpers

  /** The SHA-256 of a token, hex: what is stored and looked up. */
  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private ZonedDateTime now() {
    return ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private void refuseUnusable(SignupRepository.InviteState state, Locale locale) {
    if (state.used()) {
      throw inviteUsed(locale);
    }
    if (state.revoked()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, Messages.get(locale, "signup.invite.revoked"));
    }
    if (!now().isBefore(state.expiresAt())) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, Messages.get(locale, "signup.invite.expired"));
    }
    if (state.invite().organisationId() != null
        && (state.claimed() || !"active".equals(state.organisationStatus()))) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, Messages.get(locale, "signup.alreadyClaimed"));
    }
  }

  private SignupRepository.Found decidable(
      TransactionContext tx, Account actor, String id, Locale locale) {
    if (!mayDecide(actor)) {
      throw DomainException.forbidden(locale);
    }
    if (id == null || !ID.matcher(id).matches()) {
      throw requestUnknown(locale);
    }
    Optional<SignupRepository.Found> found =
        repository.visible(tx, actor.has(Role.ADMIN), actor.organisationId(), id);
    if (found.isEmpty()) {
      if (repository.visible(tx, true, null, id).isPresent()) {
        throw DomainException.forbidden(locale);
      }
      throw requestUnknown(locale);
    }
    return found.get();
  }

  private static void requirePending(SignupRequest r, Locale locale) {
    if (!"pending".equals(r.status())) {
      throw alreadyDecided(locale);
    }
  }

  private void refuseTakenNumber(
      TransactionContext tx, String number, String except, Locale locale) {
    repository
        .registrationTaken(tx, number, except)
        .ifPresent(existing -> {
          throw duplicate(locale, "registrationNumber", "signup.duplicateNumber", existing[1]);
        });
  }

  private void refuseTakenUsername(TransactionContext tx, ContactForm contact, Locale locale) {
    if (repository.usernameTaken(tx, username(contact))) {
      throw duplicate(locale, "contact.username", "signup.usernameTaken", username(contact));
    }
  }

  private static String username(ContactForm contact) {
    return contact.getUsername().strip().toLowerCase(Locale.ROOT);
  }

  private static String digits(String s) {
    return s == null || s.isBlank() ? null : s.replaceAll("[^0-9]", "");
  }

  /** Minimum strength: 12 characters, 3 kinds of character, not the username, not a common word. */
  static List<FieldError> passwordProblems(ContactForm contact, Locale locale) {
    String password = contact.getPassword();
    if (password == null || password.isBlank()) {
      return List.of();
    }
    int kinds = 0;
    kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    String lower = password.toLowerCase(Locale.ROOT);
    String user =
        contact.getUsername() == null ? "" : contact.getUsername().strip().toLowerCase(Locale.ROOT);
    boolean weak =
        password.length() < PASSWORD_MIN
            || kinds < 3
            || (user.length() >= 3 && lower.contains(user))
            || COMMON.stream().anyMatch(lower::contains) && password.length() < 20;
    if (weak) {
      return List.of(
          new FieldError(
              "contact.password", Messages.get(locale, "signup.passwordWeak", PASSWORD_MIN)));
    }
    if (password.chars().anyMatch(Character::isISOControl)) {
      return List.of(
          new FieldError("contact.password", Messages.get(locale, "signup.textInvalid")));
    }
    return List.of();
  }

  private <T> List<FieldError> violations(T bean, String prefix, Locale locale) {
    return FormValidation.errors(validation, bean, prefix, locale);
  }

  private static void refuseIfAny(List<FieldError> errors, Locale locale) {
    if (!errors.isEmpty()) {
      List<FieldError> sorted = new ArrayList<>(errors);
      sorted.sort(Comparator.comparing(FieldError::field));
      throw DomainException.invalid(locale, sorted);
    }
  }

  /** A write; a uniqueness constraint that a concurrent request won becomes a duplicate. */
  private <T> T write(java.util.function.Function<TransactionContext, T> work, Locale locale) {
    try {
      return graph.write(work);
    } catch (ClientException e) {
      if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
        throw new DomainException(
            DomainException.Kind.DUPLICATE, Messages.get(locale, "signup.concurrent"));
      }
      throw e;
    }
  }

  private static DomainException duplicate(
      Locale locale, String field, String key, String existing) {
    String message = Messages.get(locale, key, existing);
    return new DomainException(
        DomainException.Kind.DUPLICATE, message, List.of(new FieldError(field, message)), null);
  }

  private static DomainException alreadyDecided(Locale locale) {
    return new DomainException(
        DomainException.Kind.CONFLICT, Messages.get(locale, "signup.alreadyDecided"));
  }

  private static DomainException requestUnknown(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "signup.requestNotFound"));
  }

  private static DomainException inviteUnknown(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "signup.invite.unknown"));
  }

  private static DomainException inviteUsed(Locale locale) {
    return new DomainException(
        DomainException.Kind.CONFLICT, Messages.get(locale, "signup.invite.used"));
  }
}
