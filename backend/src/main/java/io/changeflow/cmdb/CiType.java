package io.changeflow.cmdb;

/**
 * What kind of thing a configuration item is; change models and CAB policy key on it.
 * Business services sit at the top of the graph: impact analysis ends at them and their
 * users.
 */
public enum CiType {

	BUSINESS_SERVICE, APPLICATION, SERVICE, SERVER, DATABASE, NETWORK, STORAGE, CERTIFICATE

}
