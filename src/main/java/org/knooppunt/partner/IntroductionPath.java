package org.knooppunt.partner;

import java.util.List;

/**
 * The shortest chain from an organisation to another through people and organisations: {@code
 * steps} from the start to the goal, {@code relations} between consecutive steps. Only people who
 * consented to be used for introductions are on it.
 */
public record IntroductionPath(List<Step> steps, List<String> relations) {

  /** One node of the chain: an organisation or a person (with the job title it works under). */
  public record Step(String id, String kind, String name, String jobTitle) {}

  /** Whom to ask for an introduction: the first step between the two ends, or null. */
  public Step firstToAsk() {
    return steps.size() > 2 ? steps.get(1) : null;
  }

  /** The first person on the chain, or null. */
  public Step firstPerson() {
    return steps.stream().filter(s -> s.kind().equals("person")).findFirst().orElse(null);
  }
}
