// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {KappaHub} from "./KappaHub.sol";

/// @title Records
/// @notice A lane's chunk record, read and written in one place: the hub and
/// DisputeLib both work on it, and this library is inlined into each (no
/// call). A lane's storage slot holds keccak256 of the record; the record
/// itself travels in calldata (docs/PROTOCOL.md, "Records").
/// @dev Record layout: word 0 is the chunk header (chunk id bits 0..63, tier
/// 64..71, size 72..87, status 88..95, opened at 96..135, reveal phase start
/// 136..175, finalized at 176..215, tier minimum 216..247), word 1 the gold
/// commitment (the dispute mask once disputed), then two words per seat: the
/// seat word (holder 0..159, claimed at 160..199, status 200..207) and its
/// commitment (its labels' hash once revealed).
library Records {
    /// @dev Largest k: sizes the tally's per-seat arrays (KappaHub.MAX_K).
    uint256 internal constant MAX_K = 8;

    bytes32 internal constant FREE_LANE = bytes32(uint256(1));

    uint256 internal constant CHUNK_ACTIVE = 1;
    uint256 internal constant CHUNK_DISPUTED = 2;

    uint256 internal constant SEAT_EMPTY = 0;
    uint256 internal constant SEAT_CLAIMED = 1;
    uint256 internal constant SEAT_COMMITTED = 2;
    uint256 internal constant SEAT_REVEALED = 3;
    uint256 internal constant SEAT_EXCLUDED = 4;

    /// @dev Working state of one tally, kept in memory to avoid stack limits.
    struct Tally {
        uint256 k;
        uint256 chunkId;
        uint256 size;
        uint256 bits;
        uint256 words;
        uint256 revealed; // bit i: seat i revealed
        uint256 excluded; // bit i: seat i failed gold
        bool gold; // gold revealed
        uint256 disputes; // bit t: task t has no quorum
        uint256[MAX_K] base; // index of seat i's first word in `labels`
        uint256[MAX_K] matched;
        uint256[MAX_K] missed;
        uint256[MAX_K] goldMisses;
        uint256 goldCount; // gold tasks revealed
    }

    /// @dev Copy the record to memory and check it against the lane's hash.
    function load(mapping(uint256 => bytes32) storage lanes, uint256 lane, uint256[] calldata rec, uint256 k)
        internal
        view
        returns (uint256[] memory r)
    {
        if (rec.length != 2 + 2 * k) revert KappaHub.StaleRecord(lane);
        r = rec;
        if (hash(r) != lanes[lane]) revert KappaHub.StaleRecord(lane);
    }

    /// @dev Write the record's hash to its lane.
    function store(mapping(uint256 => bytes32) storage lanes, uint256 lane, uint256[] memory r) internal {
        lanes[lane] = hash(r);
    }

    function hash(uint256[] memory r) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            h := keccak256(add(r, 32), mul(mload(r), 32))
        }
    }

    function seatStatus(uint256 w) internal pure returns (uint256) {
        return uint8(w >> 200);
    }

    function claimedAt(uint256 w) internal pure returns (uint256) {
        return uint40(w >> 160);
    }

    function chunkStatus(uint256 head) internal pure returns (uint256) {
        return uint8(head >> 88);
    }

    function openedAt(uint256 head) internal pure returns (uint256) {
        return uint40(head >> 96);
    }

    function size(uint256 head) internal pure returns (uint256) {
        return uint16(head >> 72);
    }

    function tier(uint256 head) internal pure returns (uint256) {
        return uint8(head >> 64);
    }

    /// @dev When the chunk was finalized (its disputes' windows count from it).
    function finalizedAt(uint256 head) internal pure returns (uint256) {
        return uint40(head >> 176);
    }

    function words(uint256 tasks, uint256 bits) internal pure returns (uint256) {
        uint256 perWord = 256 / bits;
        return (tasks + perWord - 1) / perWord;
    }

    /// @dev Number of set bits (SWAR, no loop).
    function popcount(uint256 x) internal pure returns (uint256 n) {
        unchecked {
            uint256 m1 = type(uint256).max / 3; // 0x5555...
            uint256 m2 = type(uint256).max / 5; // 0x3333...
            uint256 m4 = type(uint256).max / 17; // 0x0f0f...
            uint256 m8 = type(uint256).max / 257; // 0x00ff...
            uint256 h16 = type(uint256).max / 65535; // 0x0001 0001 ...
            x = x - ((x >> 1) & m1);
            x = (x & m2) + ((x >> 2) & m2);
            x = (x + (x >> 4)) & m4;
            x = (x + (x >> 8)) & m8;
            n = (x * h16) >> 240;
        }
    }

    /// @dev Check that `labels` holds exactly the revealed seats' labels.
    function bindLabels(Tally memory t, uint256[] memory r, uint256[] calldata labels) internal pure {
        uint256 next;
        for (uint256 i = 0; i < t.k; i++) {
            if (seatStatus(r[2 + 2 * i]) != SEAT_REVEALED) continue;
            t.revealed |= 1 << i;
            t.base[i] = next;
            next += t.words;
        }
        if (labels.length != next) revert KappaHub.WrongLabelCount(t.chunkId, labels.length, next);
        for (uint256 i = 0; i < t.k; i++) {
            if (t.revealed & (1 << i) == 0) continue;
            bytes32 h;
            uint256 off = t.base[i];
            uint256 n = t.words;
            assembly ("memory-safe") {
                let p := mload(0x40)
                calldatacopy(p, add(labels.offset, mul(off, 32)), mul(n, 32))
                h := keccak256(p, mul(n, 32))
            }
            if (h != bytes32(r[3 + 2 * i])) revert KappaHub.LabelsMismatch(t.chunkId, i);
        }
    }
}
