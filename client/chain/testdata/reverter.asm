# reverter: a contract hand-assembled for the chain package's tests, so no
# Solidity compiler is needed. Called with empty calldata it succeeds (STOP);
# called with any calldata it reverts with that calldata as the revert data.
# A test therefore makes it revert with whatever it wants to decode: a custom
# error's selector and arguments, Error(string) or Panic(uint256).
#
# Format: hex bytes, then "#" and a comment. The tests concatenate the hex
# column of this file (init code followed by runtime code) and deploy it.
#
# init code (10 bytes): copy the 13-byte runtime to memory and return it
600d    # PUSH1 0x0d      size of runtime
600a    # PUSH1 0x0a      offset of runtime in this code
5f      # PUSH0           memory destination 0
39      # CODECOPY        mem[0:13] = code[10:23]
600d    # PUSH1 0x0d      size
5f      # PUSH0           offset
f3      # RETURN          runtime = mem[0:13]
# runtime code (13 bytes)
36      # 00 CALLDATASIZE
6005    # 01 PUSH1 0x05   jump target
57      # 03 JUMPI        if calldatasize != 0 goto 05
00      # 04 STOP         empty calldata: succeed
5b      # 05 JUMPDEST
36      # 06 CALLDATASIZE size
5f      # 07 PUSH0        calldata offset 0
5f      # 08 PUSH0        memory offset 0
37      # 09 CALLDATACOPY mem[0:size] = calldata
36      # 0a CALLDATASIZE size
5f      # 0b PUSH0        offset 0
fd      # 0c REVERT       revert(mem[0:size])
