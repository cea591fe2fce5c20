package io.changeflow.cmdb;

/**
 * What kind of thing a configuration item is; change models and CAB policy key on it.
 */
public enum CiType {

	APPLICATION, SERVER, DATABASE, NETWORK, SERVICE, CERTIFICATE

}
