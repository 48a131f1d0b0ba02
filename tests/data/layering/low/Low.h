#pragma once
// A header of the lower layer of the layering check's own test.
struct Low {};
