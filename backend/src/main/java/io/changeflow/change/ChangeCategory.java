package io.changeflow.change;

/**
 * What kind of thing a change alters; reports and CAB agendas group by it.
 */
public enum ChangeCategory {

	APPLICATION, INFRASTRUCTURE, DATABASE, NETWORK, SECURITY, OTHER

}
