package com.guanxi.analysis;

/** Why a company is controlled: its controlling bloc holds more than 50% (绝对控股) or the largest bloc of at least 30% (相对控股). */
public enum ControlBasis {
    ABSOLUTE, RELATIVE
}
