package com.example.bench.model;

public enum Channel {
  WEB,

  MOBILE,

  PARTNER,

  BACK_OFFICE
}
