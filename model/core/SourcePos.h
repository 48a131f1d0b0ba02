// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where an entry came from (file, 1-based line and column), so later validation can point at it.
struct SourcePos
{
    QString path;
    int line = 0;
    int column = 0;

    friend bool operator==(const SourcePos &, const SourcePos &) = default;
};
