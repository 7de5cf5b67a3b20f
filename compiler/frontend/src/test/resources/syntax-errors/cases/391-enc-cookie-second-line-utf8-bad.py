#!/usr/bin/env python
# coding: utf-8
s = 'ÿ'
